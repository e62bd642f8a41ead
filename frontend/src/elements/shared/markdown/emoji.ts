//! Emoji shortcodes in markdown (`:smile:`), in a chunk of its own that only
//! pages using shortcodes download (see extensions.ts).
import remarkEmoji from "remark-emoji";

export const remarkPlugins = [remarkEmoji];
export const rehypePlugins = [];
