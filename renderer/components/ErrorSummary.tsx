/**
 * A form's one announcement of its problems: shown after a submit that failed validation, it lists each
 * field with its problem (a button takes focus to the field) and updates as the fields are corrected.
 * The fields themselves refer to their own message with aria-describedby and do not announce it.
 */
export interface SummaryItem {
  readonly name: string;
  readonly label: string;
  readonly message: string;
}

export function ErrorSummary({ title, items, onFocusField }: { title: string; items: readonly SummaryItem[]; onFocusField: (name: string) => void }) {
  if (items.length === 0) return null;
  return (
    <div className="form-problems" role="alert" data-testid="form-problems">
      <p className="form-summary">{title}</p>
      <ul>
        {items.map((item) => (
          <li key={item.name}>
            <button type="button" className="link-button" onClick={() => onFocusField(item.name)}>
              {item.label}
            </button>
            : {item.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
