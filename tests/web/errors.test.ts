import { describe, expect, it } from 'vitest';
import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { describeFieldWith, errorCodes, errorId, fieldId, isNotFound, retryAfterSeconds, toFormErrors } from '../../web/src/apollo/errors';

function refused(code: string, message: string, fields?: { field: string; message: string }[]) {
  return new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, fields } })] });
}

describe('turning API errors into form errors', () => {
  it('keys every field message by the input path the server names', () => {
    const errors = toFormErrors(
      refused('BAD_USER_INPUT', 'The input is not valid.', [
        { field: 'recipientCountries', message: 'Country percentages must add up to 100 (they add up to 90)' },
        { field: 'recipientCountries.1.country', message: '"XX" is not a known ISO 3166 country code' },
        { field: 'endDate', message: 'the end date cannot be before the start date' },
        { field: 'endDate', message: 'a second problem' },
      ]),
    );
    expect(errors.code).toBe('BAD_USER_INPUT');
    expect(errors.summary).toBe('Some fields need attention before this can be saved.');
    expect(errors.fields).toEqual({
      recipientCountries: ['Country percentages must add up to 100 (they add up to 90)'],
      'recipientCountries.1.country': ['"XX" is not a known ISO 3166 country code'],
      endDate: ['the end date cannot be before the start date', 'a second problem'],
    });
  });

  it('uses the server message as the summary for conflicts and not-found', () => {
    const conflict = toFormErrors(refused('CONFLICT', 'The project was changed by someone else (now version 3, you edited version 2).'));
    expect(conflict).toMatchObject({ code: 'CONFLICT', summary: 'The project was changed by someone else (now version 3, you edited version 2).', fields: {} });
    expect(isNotFound(refused('NOT_FOUND', 'Project x was not found.'))).toBe(true);
    expect(isNotFound(conflict)).toBe(false);
  });

  it('never shows an internal message, and says when the server could not be reached', () => {
    expect(toFormErrors(refused('INTERNAL_SERVER_ERROR', 'Internal server error.')).summary).toMatch(/could not save this/);
    const offline = toFormErrors(new ApolloError({ networkError: new TypeError('Failed to fetch') }));
    expect(offline.code).toBe('NETWORK');
    expect(offline.summary).toMatch(/could not be reached/);
  });

  it('derives stable DOM ids and readable names from input paths', () => {
    expect(fieldId('recipientCountries.1.country')).toBe('f-recipientCountries-1-country');
    expect(errorId('title')).toBe('f-title-error');
    const describe = describeFieldWith({ recipientCountries: 'Recipient countries', 'recipientCountries.country': 'country', title: 'Title' });
    expect(describe('recipientCountries.1.country')).toBe('Recipient countries, row 2, country');
    expect(describe('recipientCountries')).toBe('Recipient countries');
    expect(describe('sectors.0')).toBe('sectors, row 1');
    expect(describe('title')).toBe('Title');
  });

  it('reads the refusal inside an HTTP error, as the API sends it for a missing session', () => {
    const networkError = Object.assign(new Error('Response not successful: Received status code 401'), {
      statusCode: 401,
      result: { errors: [{ message: 'Sign in, or send an API token as `Authorization: Bearer …`.', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    const expired = new ApolloError({ networkError });
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(toFormErrors(expired)).toMatchObject({ code: 'UNAUTHENTICATED', summary: 'Sign in, or send an API token as `Authorization: Bearer …`.' });
  });

  it('says how long to wait after too many sign-in attempts', () => {
    const limited = new ApolloError({
      graphQLErrors: [new GraphQLError('Too many sign-in attempts. Try again in 15 minute(s).', { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 840 } })],
    });
    expect(retryAfterSeconds(limited)).toBe(840);
    expect(retryAfterSeconds(refused('UNAUTHENTICATED', 'The email or the password is wrong.'))).toBeNull();
  });
});
