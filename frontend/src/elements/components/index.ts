//! The components family's chunk (custom components, iframes), loaded lazily.
export { CustomComponent } from "./CustomComponent";
export { IFrame } from "./IFrame";
