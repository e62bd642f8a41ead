//! st.code / st.echo: the shared code block (shared/CodeBlock.tsx) with the
//! element's language, line numbers and wrapping.
import type { rustlit } from "../../proto";
import { CodeBlock } from "../shared/CodeBlock";

export function Code({ el }: { el: rustlit.ICode }) {
  return <CodeBlock text={el.codeText ?? ""} language={el.language} lineNumbers={el.showLineNumbers ?? false} wrap={el.wrapLines ?? false} />;
}
