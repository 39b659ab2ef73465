import { useEffect, useRef } from 'react';
import { formatCount, formatNumber } from '../../components/format';
import { selectSummary } from '../../state/derived';
import { useLabStore } from '../../state/store';

/** After "Jump to the maximum": what μ̂ and σ̂ are, and why n and not n − 1. */
export function MaximumReveal() {
  const { n, normal, normalMaxLogLik, besselSigma } = useLabStore(selectSummary);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In the sticky widget the reveal may sit below the fold of its own scroll box.
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <div className="reveal" role="status" ref={ref}>
      <p>
        <strong>
          The top of the hill: μ̂ = {formatNumber(normal.mu)} BPM and σ̂ = {formatNumber(normal.sigma)} BPM, where ℓ ={' '}
          {formatNumber(normalMaxLogLik)}.
        </strong>
      </p>
      <p>
        μ̂ is exactly the <strong>sample mean</strong>, x̄ = Σxᵢ / n = {formatNumber(normal.mu * n, 1)} / {formatCount(n)}
        . σ̂ is exactly the <strong>standard deviation with n in the denominator</strong>, √(Σ(xᵢ − x̄)² / n).
      </p>
      {n > 1 && (
        <p>
          Not n − 1: the “sample standard deviation” you may know (spreadsheet STDEV, pandas’ <code>.std()</code>,
          numpy’s <code>np.std(x, ddof=1)</code>) gives {formatNumber(besselSigma)} here, not{' '}
          {formatNumber(normal.sigma)}. Maximum likelihood divides by n, like numpy’s default <code>np.std(x)</code>.
        </p>
      )}
      <p>
        Why exactly these formulas? At the top of a hill the ground is flat: both slopes of ℓ are zero there. Setting
        them to zero and solving gives x̄ and this σ̂ for any data, not just these songs.
      </p>
    </div>
  );
}
