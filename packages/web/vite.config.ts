import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves dist/ at `/` under a strict CSP (script-src 'self'): no inline scripts,
// no CDN, no external fonts. Assets are hashed files under /assets/.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Keep the whole app small enough for a slow phone connection (target: < 100 kB gzip JS).
    chunkSizeWarningLimit: 400,
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});
