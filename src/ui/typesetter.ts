/** KaTeX through react-katex: the chunk ui/liveFormulas fetches for formulas with live numbers. */
export { BlockMath, InlineMath } from 'react-katex';
