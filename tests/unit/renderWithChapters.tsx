import { render, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * Renders the app and waits for the later chapters, whose code arrives in its own chunks
 * (each shows a placeholder meanwhile).
 */
export async function renderWithChapters(ui: ReactElement) {
  const result = render(ui);
  await waitFor(
    () => {
      if (result.container.querySelector('.chapter-placeholder')) throw new Error('chapters still loading');
    },
    { timeout: 20_000 },
  );
  return result;
}
