//! The components family's chunk (custom components, iframes, st.html with DOMPurify), loaded lazily.
export { CustomComponent } from "./CustomComponent";
export { IFrame } from "./IFrame";
export { Html } from "./Html";
