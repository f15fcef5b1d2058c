import { useId, useState, type Ref } from 'react';
import { isPreset, PRESET_LABELS, PRESETS, rangeKey } from '../../../shared/ledger/periods.ts';

/**
 * The period the ledger is read for: a named one, or any two days. Choosing one changes the
 * address, so the period survives going to a figure's list and back.
 */
export function PeriodPicker({ period, onPeriod, selectRef }: { period: string; onPeriod: (key: string) => void; selectRef?: Ref<HTMLSelectElement> }) {
  const ids = { select: useId(), from: useId(), to: useId() };
  const [fromDay = '', toDay = ''] = isPreset(period) ? [] : period.split('..');
  const [custom, setCustom] = useState(!isPreset(period));
  const [from, setFrom] = useState(fromDay);
  const [to, setTo] = useState(toDay);
  const valid = from !== '' && to !== '' && from <= to;

  return (
    <div className="filters period-picker">
      <label htmlFor={ids.select}>Period</label>
      <select
        id={ids.select}
        ref={selectRef}
        value={custom ? 'custom' : period}
        onChange={(event) => {
          if (event.target.value === 'custom') {
            setCustom(true);
            return;
          }
          setCustom(false);
          onPeriod(event.target.value);
        }}
      >
        {PRESETS.map((preset) => (
          <option key={preset} value={preset}>
            {PRESET_LABELS[preset]}
          </option>
        ))}
        <option value="custom">Between dates…</option>
      </select>
      {custom && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (valid) onPeriod(rangeKey(from, to));
          }}
        >
          <label htmlFor={ids.from}>From</label>
          <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
          <label htmlFor={ids.to}>to</label>
          <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
          <button type="submit" disabled={!valid}>
            Show
          </button>
        </form>
      )}
    </div>
  );
}
