// The site addresses the browser tests build with (scripts/build-for-tests.mjs), whatever
// content/course.yaml says: the root build keeps an example address, so the tests see what a
// course without its real address gets (no QR codes); the sub-path build has a real-looking
// address, so its QR codes can be read back. Nothing ever requests these addresses.
export const PLACEHOLDER_SITE_URL = 'https://digital-skills.example.org/';
export const REAL_SITE_URL = 'https://skills.library.community/course/';
