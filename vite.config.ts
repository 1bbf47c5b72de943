import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Relative base so `npm run build` output runs from any folder (a school server, a USB stick).
export default defineConfig({
  base: './',
  plugins: [react()],
  server: { port: 5173 },
  preview: { port: 4173 },
  worker: { format: 'es' },
});
