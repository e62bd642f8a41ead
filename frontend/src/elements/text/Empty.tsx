//! st.empty: an invisible placeholder slot (`stEmpty`).
export function Empty() {
  return <div className="stEmpty" data-testid="stEmpty" />;
}
