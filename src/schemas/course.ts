import { z } from 'astro/zod';
import { kebabId } from './common';

/** The five kinds of learner the course welcomes on its home page. */
export const audienceSchema = z.strictObject({
	/** Stable id, used in the address of the audience's path, e.g. `looking-for-work`. */
	id: kebabId,
	/** What the learner would say about themselves: "I am looking for work". */
	title: z.string().min(3),
	/** One or two plain sentences on what this path gives them. */
	description: z.string().min(10),
	/** Module ids, in the order this audience should take them. */
	modules: z.array(kebabId).min(1),
});

/** A module: a group of lessons on one theme. */
export const moduleSchema = z.strictObject({
	/** Stable id; also the folder name under content/lessons/ and the module's address. */
	id: kebabId,
	/** Short title shown in menus and headings. */
	title: z.string().min(3),
	/** One or two sentences: what the module is about. */
	summary: z.string().min(10),
	/** Who the module is for, in plain words. */
	audience: z.string().min(3),
	/** What learners will be able to do after the module, each starting with a verb. */
	outcomes: z.array(z.string().min(3)).min(1),
	/** File name of the module's icon, an SVG made for this project, under public/images/icons/. */
	icon: z.string().regex(/^[a-z0-9-]+\.svg$/, { message: 'name an SVG file such as "shield.svg"' }),
});

/** The course file, content/course.yaml: the one place for the title and the site address. */
export const courseSchema = z.strictObject({
	/** The course title (working title: "Community Digital Skills"). */
	title: z.string().min(3),
	/** One line under the title on the home page. */
	tagline: z.string().min(3),
	/** Address of the hosted site, used for QR codes and "open online" links. Leave out if none. */
	siteUrl: z.url({ protocol: /^https?$/ }).optional(),
	/** Paths into the course for each kind of learner, in the order shown on the home page. */
	audiences: z.array(audienceSchema).min(1),
	/** Modules, in course order. */
	modules: z.array(moduleSchema).min(1),
});

export type CourseInput = z.input<typeof courseSchema>;
export type Course = z.output<typeof courseSchema>;
export type CourseModule = z.output<typeof moduleSchema>;
export type Audience = z.output<typeof audienceSchema>;
