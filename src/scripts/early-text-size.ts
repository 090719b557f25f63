/**
 * Applies the learner's saved text size before the page paints, so the text does not jump, and
 * marks <html> with the class "js" so controls that scripts show later keep their space from the
 * first paint (global.css), rather than pushing the page down when they appear.
 * It runs inline in <head>; astro.config.mjs adds its hash to the content security policy.
 * Keep it tiny and dependency-free: it is a string, not a module.
 */
export const TEXT_SIZE_KEY = 'cds:text-size';
export const earlyTextSizeScript = `document.documentElement.classList.add("js");try{var s=localStorage.getItem("${TEXT_SIZE_KEY}");if(s==="large"||s==="larger")document.documentElement.dataset.textSize=s}catch(e){}`;
