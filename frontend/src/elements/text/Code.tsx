//! st.code / st.echo: the shared code block (shared/CodeBlock.tsx) with the
//! element's language, line numbers, wrapping and `height` (the envelope's height config).
import type { rustlit } from "../../proto";
import { CodeBlock } from "../shared/CodeBlock";

export function Code({ el, heightConfig }: { el: rustlit.ICode; heightConfig?: rustlit.IHeightConfig | null }) {
  const height = heightConfig?.pixelHeight ? heightConfig.pixelHeight : heightConfig?.useStretch ? "stretch" : undefined;
  return (
    <CodeBlock
      text={el.codeText ?? ""}
      language={el.language}
      lineNumbers={el.showLineNumbers ?? false}
      wrap={el.wrapLines ?? false}
      height={height}
    />
  );
}
