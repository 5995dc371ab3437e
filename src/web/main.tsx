import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@dkfds/css/dkfds.min.css';
import './styles/app.css';
import './i18n';
import { App } from './App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
