/**
 * Applies the learner's saved text size before the page paints, so the text does not jump.
 * It runs inline in <head>; astro.config.mjs adds its hash to the content security policy.
 * Keep it tiny and dependency-free: it is a string, not a module.
 */
export const TEXT_SIZE_KEY = 'cds:text-size';
export const earlyTextSizeScript = `try{var s=localStorage.getItem("${TEXT_SIZE_KEY}");if(s==="large"||s==="larger")document.documentElement.dataset.textSize=s}catch(e){}`;
