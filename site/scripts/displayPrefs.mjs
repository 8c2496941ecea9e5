// Runs in <head> before first paint so a remembered text size or contrast never flashes.
// Kept as one string so astro.config.mjs can hash it for the Content-Security-Policy.
export const displayPrefsScript = `try{var d=document.documentElement,s=localStorage.getItem('seocho:text-size'),c=localStorage.getItem('seocho:contrast');if(s)d.dataset.textSize=s;if(c==='high')d.dataset.contrast='high'}catch(e){}`
