//! The chat family's lazily loaded chunk. The chat message block
//! (ChatMessage.tsx) is a layout block and stays in the initial bundle.
export { ChatInput } from "./ChatInput";
