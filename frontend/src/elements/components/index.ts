//! The components family's chunk (custom components v1 and v2, iframes, st.html with DOMPurify), loaded lazily.
export { CustomComponent } from "./CustomComponent";
export { BidiComponent } from "./BidiComponent";
export { IFrame } from "./IFrame";
export { Html } from "./Html";
