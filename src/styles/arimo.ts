// Arimo (metric-compatible with Arial, the PPTX font) for the slide views, self-hosted: only the
// subsets Vietnamese text needs, in the weights and styles the slides use.
import '@fontsource/arimo/latin-400.css';
import '@fontsource/arimo/latin-ext-400.css';
import '@fontsource/arimo/vietnamese-400.css';
import '@fontsource/arimo/latin-700.css';
import '@fontsource/arimo/latin-ext-700.css';
import '@fontsource/arimo/vietnamese-700.css';
import '@fontsource/arimo/latin-400-italic.css';
import '@fontsource/arimo/vietnamese-400-italic.css';
