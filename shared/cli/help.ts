/** The CLI's help text. */
export const HELP_TEXT = `Qorgau deadline engine

Usage:
  qorgau deadline --calendar kz|ru (--working-days N | --calendar-days N | --hours N | --months N)
                  --from <ISO 8601 instant with offset or Z>
                  [--zone Asia/Almaty] [--close 18:00] [--start next-day|from-moment]
                  [--moment same-time|next-day] [--event received|detected|established|decided|occurred]
                  [--lang en|ru|kk]
  qorgau calendar --calendar kz|ru --year YYYY [--lang en|ru|kk]
  qorgau help

deadline  prints one JSON object: "due" is the due instant in UTC (e.g. "2025-03-11T13:00:00.000Z"),
          "dueLocal" the same instant as wall time in --zone (e.g. "2025-03-11T18:00:00+05:00"),
          "trace" the lines explaining the computation in --lang, "warnings" (estimated calendar years).
          Day terms start the day after --from in --zone (KZ Civil Code Art. 173) and end at --close
          (close of business, Art. 176 p.1) of the last day; hour terms are exact.
          --start from-moment: the norm runs "from the moment" of the event (a KZ breach notice, K8,
          "в течение одного рабочего дня с момента обнаружения"): working days end at the same wall-clock
          time on the N-th working day after --from (--moment same-time, the default; an event on a
          non-working day ends at --close), or, with --moment next-day, by Civil Code Art. 173 as above.
          --event words the trigger in the trace (default: detected with from-moment, else received).
calendar  prints the year's non-working weekdays, holidays on weekends and working weekend days as JSON,
          with the year's status (2027 and 2028 are estimates) and sources.

Exit codes: 0 success, 2 bad arguments.
`;
