import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './store';
import { App } from './modes/App';
import './ui/AppShell/themes.css';

// The store is made here, outside React, so StrictMode's double render cannot make two.
const root = document.getElementById('root');
if (root) {
  const store = createAppStore();
  createRoot(root).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
}
