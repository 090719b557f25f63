// The examples' build reads the course's own collections (BaseLayout shows the course's title).
export { collections } from '../../../content.config';
