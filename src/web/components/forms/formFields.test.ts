import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { formFields } from './formFields';

describe('formFields', () => {
  it('gives each control the id the error summary links to and the server’s message for its path', () => {
    const error = new ApiError(400, 'invalid_input', 'Der er fejl i de indtastede oplysninger.', { reason: 'Skriv en begrundelse' });
    const { field, fieldIds } = formFields(error, { reason: 'mark-error-reason', other: 'mark-other' });
    expect(field('reason')).toEqual({ id: fieldIds.reason, error: 'Skriv en begrundelse' });
    expect(field('other')).toEqual({ id: 'mark-other', error: undefined });
  });

  it('binds a control’s value and change handler along with its id and error', () => {
    const seen: string[] = [];
    const { bind } = formFields(null, { reason: 'r' });
    const props = bind<string>('reason', 'Dobbelt', (v) => seen.push(v));
    props.onChange('Forkert borger');
    expect({ id: props.id, error: props.error, value: props.value, seen }).toEqual({ id: 'r', error: undefined, value: 'Dobbelt', seen: ['Forkert borger'] });
  });

  it('has no errors before the form is sent', () => {
    expect(formFields(null, { reason: 'r' }).field('reason')).toEqual({ id: 'r', error: undefined });
  });
});
