import { describe, expect, it } from 'vitest';
import type { WhatsappEntry } from '../../src/logs/log-entry.ts';
import { customerNameOf, maskEntry, maskName, maskNameIn, maskPhone, maskText } from '../../src/logs/mask.ts';

const whatsappEntry: WhatsappEntry = {
  channel: 'whatsapp',
  sourceId: 's',
  provider: 'timepay',
  id: '1',
  direction: 'outbound',
  businessNumber: '+918035450808',
  customer: { name: null, phone: null, phoneRaw: null, loanId: null, leadId: null },
  campaign: { id: null, name: null },
  agent: { id: null, name: null },
  status: 'completed',
  statusRaw: null,
  outcome: 'delivered',
  outcomeRaw: null,
  disposition: { id: null, name: null },
  startedAt: 0,
  endedAt: null,
  durationSec: null,
  recordings: [],
  transcript: null,
  summary: null,
  extracted: null,
  raw: {},
  wamid: null,
  templateName: null,
  conversation: [],
  deliveryErrors: [],
};

describe('masking', () => {
  it('keeps only the last four digits of a phone number and its separators', () => {
    expect(maskPhone('+919876543210')).toBe('+••••••••3210');
    expect(maskPhone('(415) 555-0199')).toBe('(•••) •••-0199');
    expect(maskPhone('123')).toBe('123');
  });

  it('turns names of any script into initials', () => {
    expect(maskName('Asha  Verma')).toBe('A. V.');
    expect(maskName('आशा वर्मा')).toBe('आ. व.');
    expect(maskName('   ')).toBe('');
  });

  it('hides every digit of free text, Devanagari digits included', () => {
    expect(maskText('Pay ₹4,500 by 12 May, ref ९८७')).toBe('Pay ₹•,••• by •• May, ref •••');
  });
});

describe('masking names inside free text', () => {
  it('turns each word of the customer name into its initial, whole words only', () => {
    expect(maskNameIn('Hi Pradeep, this is Asha for pradeep kumar. Pradeepa?', 'Pradeep Kumar')).toBe(
      'Hi P., this is Asha for p. k.. Pradeepa?',
    );
    expect(maskNameIn('नमस्ते आशा जी', 'आशा वर्मा')).toBe('नमस्ते आ. जी');
    expect(maskNameIn('text (with) [regex] chars', 'a(b')).toBe('text (with) [regex] chars');
  });

  it('masks a WhatsApp message and remembers the real name behind a masked entry', () => {
    const entry = {
      ...whatsappEntry,
      customer: { ...whatsappEntry.customer, name: 'Ravi Shah', phone: '+919876543210' },
      conversation: [{ role: 'assistant' as const, content: 'Ravi, pay 4500 today', at: null }],
    };
    const masked = maskEntry(entry);
    expect(masked.customer).toMatchObject({ name: 'R. S.', phone: '+••••••••3210' });
    expect(masked.channel === 'whatsapp' && masked.conversation[0]?.content).toBe('R., pay •••• today');
    expect(customerNameOf(masked)).toBe('Ravi Shah');
    expect(maskEntry(masked)).toBe(masked);
  });
});
