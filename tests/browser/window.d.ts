// The page's test handle (src/test-handle.ts), as the browser tests see it.
import type { TestHandle } from '../../src/test-handle';

declare global {
  interface Window {
    __utsuwa?: TestHandle;
  }
}
