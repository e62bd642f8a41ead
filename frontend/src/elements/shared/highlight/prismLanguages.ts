//! Every grammar Prism has, registered on the shared refractor instance: the
//! chunk a page fetches only for a language outside the common set (prism.ts).
import "refractor/all";
