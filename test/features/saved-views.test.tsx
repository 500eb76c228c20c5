// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NameForm } from '../../src/features/saved-views/name-form.tsx';
import { parseSavedViews, useSavedViews } from '../../src/state/use-saved-views.ts';

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('parseSavedViews', () => {
  it('keeps valid views, drops unreadable ones and repeated names, and counts what it dropped', () => {
    const raw = JSON.stringify([
      { name: 'Calls', search: 'source=a&channel=call', savedAt: 1 },
      { name: 'Calls', search: 'source=b', savedAt: 2 },
      { name: '', search: 'source=c', savedAt: 3 },
      { name: 'No time', search: 'source=d' },
      'junk',
      null,
    ]);
    const { views, problem } = parseSavedViews(raw);
    expect(views.map((v) => v.name)).toEqual(['Calls']);
    expect(problem).toBe('5 saved views could not be read and were left out.');
  });

  it('says so when the stored value is not a list, instead of throwing', () => {
    for (const raw of ['{not json', '{"name":"x"}', '42', 'null']) {
      const { views, problem } = parseSavedViews(raw);
      expect(views).toEqual([]);
      expect(problem).toMatch(/could not be read/);
    }
    expect(parseSavedViews(null)).toEqual({ views: [], problem: null });
  });

  it('keeps a view as the URL codec writes it: no log=, invalid parameters dropped, relative times relative', () => {
    const { views } = parseSavedViews(
      JSON.stringify([{ name: 'v', search: 'source=a&log=a:1&since=now-24h&channel=fax', savedAt: 1 }]),
    );
    expect(views[0]?.search).toBe('source=a&since=now-24h');
  });
});

describe('useSavedViews', () => {
  it('saves, renames (replacing a view of the new name) and deletes, through localStorage', () => {
    const { result } = renderHook(() => useSavedViews());
    act(() => {
      result.current.save('One', 'source=a&log=a:9');
      result.current.save('Two', 'source=b');
    });
    expect(result.current.views.map((v) => [v.name, v.search])).toEqual([
      ['One', 'source=a'],
      ['Two', 'source=b'],
    ]);
    act(() => void result.current.rename('Two', 'One'));
    expect(result.current.views.map((v) => [v.name, v.search])).toEqual([['One', 'source=b']]);
    act(() => void result.current.remove('One'));
    expect(result.current.views).toEqual([]);
    expect(window.localStorage.getItem('switchboard:views')).toBe('[]');
  });
});

describe('NameForm', () => {
  it('refuses an empty name and asks before replacing a view of the same name', () => {
    const submitted: string[] = [];
    render(
      <NameForm
        label="Name"
        submitLabel="Save view"
        taken={(name) => name === 'Calls'}
        onSubmit={(name) => {
          submitted.push(name);
          return true;
        }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByText('Give the view a name.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: '  Calls ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(screen.getByText('A view named “Calls” exists. Replace it?')).toBeTruthy();
    expect(submitted).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(submitted).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect(submitted).toEqual(['Calls']);
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'New' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save view' }));
    expect(submitted).toEqual(['Calls', 'New']);
  });
});
