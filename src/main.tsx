import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './state/urlSync';
import './styles.css';

const { notes } = startUrlSync();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App notes={notes} />
  </StrictMode>,
);
