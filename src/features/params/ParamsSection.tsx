import type { ReactNode } from 'react';
import { Section } from '../../ui/Section';
import { useSectionParams } from './useSectionParams';

interface ParamsSectionProps {
  id: string;
  title: string;
  /** The section's content, drawn with the μ and σ it follows. */
  children: (params: { mu: number; sigma: number }) => ReactNode;
}

/**
 * A section away from the widget that follows μ and σ (useSectionParams). Its content is a
 * component of its own, rendered only once the section's part arrives (ui/Staged): whatever it
 * computes (samples, curves, profiles) is not done in the render that paints a linked section
 * elsewhere in the chapter (WhyLog's stream took about 25 ms before the widget's first paint).
 */
export function ParamsSection({ id, title, children }: ParamsSectionProps) {
  const { ref, mu, sigma } = useSectionParams();
  return (
    <Section ref={ref} id={id} title={title}>
      {children({ mu, sigma })}
    </Section>
  );
}
