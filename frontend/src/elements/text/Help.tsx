//! st.help (`stHelp`): the object's name, type and value on one line, its
//! docstring, then a table of its members (`stHelpMembersTable`), each with
//! its value or the first line of its docstring, as 1.67 shows them.
import type { rustlit } from "../../proto";
import "./help.css";

export function Help({ el }: { el: rustlit.IHelp }) {
  const members = el.members ?? [];
  return (
    <span className="stHelp st-help" data-testid="stHelp">
      <div className="st-help-header">
        <span>
          {el.name ? (
            <span className="st-help-name" data-testid="stHelpName">
              {el.name}
            </span>
          ) : null}
          <span className="st-help-type" data-testid="stHelpType">
            {el.type}
          </span>
          {el.value ? (
            <span className="st-help-value" data-testid="stHelpValue">
              {el.value}
            </span>
          ) : null}
        </span>
      </div>
      {el.docString ? (
        <div className="st-help-doc" data-testid="stHelpDoc">
          {el.docString}
        </div>
      ) : null}
      {members.length > 0 ? (
        <table className="st-help-members" data-testid="stHelpMembersTable">
          <tbody>
            {members.map((m) => (
              <tr key={m.name} data-testid="stHelpMember">
                <td>
                  <span className="st-help-name" data-testid="stHelpMemberDocName">
                    {m.name}
                  </span>
                  <span className="st-help-type" data-testid="stHelpMemberDocType">
                    {m.type}
                  </span>
                </td>
                <td>
                  {m.value ? (
                    <span data-testid="stHelpMemberDocValue">{m.value}</span>
                  ) : (
                    <span data-testid="stHelpMemberDocString">{m.docString}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </span>
  );
}
