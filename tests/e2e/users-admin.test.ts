/**
 * An administrator manages a user end to end: creates it (the one-time password is shown once), gives it a
 * role, resets its password, deactivates and reactivates it, and takes the role away; the user meanwhile
 * signs in, is asked to choose a password, and is signed out by the reset.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { choose, newPage, settled, signIn } from './helpers';

const NAME = 'Fatima Bello';
const EMAIL = 'fatima.bello@example.org';
const OWN_PASSWORD = 'a river of quiet lanterns';

describe.skipIf(!hasChromium)('managing users', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let admin: Page;
  let user: Page;
  let dataDir: string;
  let oneTimePassword: string;
  let resetPassword: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-users-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    admin = await newPage(browser);
    user = await newPage(browser);
    await signIn(admin, accord.url, 'admin@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const secretOn = (page: Page) => page.getByTestId('one-time-secret').locator('input').inputValue();

  it('creates a user and shows its one-time password once', async () => {
    await admin.goto(`${accord.url}/users`);
    await settled(admin);
    await admin.getByRole('button', { name: 'New user' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#f-name').fill(NAME);
    await dialog.locator('#f-email').fill(EMAIL);
    await choose(admin, 'f-organisationId', 'NAPTIP · National Agency for the Prohibition of Trafficking in Persons', 'NAPTIP');
    await dialog.getByRole('button', { name: 'Create user' }).click();

    await dialog.getByTestId('one-time-secret').waitFor();
    oneTimePassword = await secretOn(admin);
    expect(oneTimePassword.length).toBeGreaterThanOrEqual(10);
    expect(await dialog.textContent()).toContain('shown only this once');

    await dialog.getByRole('button', { name: 'Add roles' }).click();
    await settled(admin, /\/users\/[0-9a-f-]{36}$/);
    await expect.poll(() => admin.locator('h1').textContent(), { timeout: 10_000 }).toBe(NAME);
    expect(await admin.content()).not.toContain(oneTimePassword);
    expect(await admin.locator('main').textContent()).toContain('One-time password');
  });

  it('gives the user a role', async () => {
    await choose(admin, 'f-role', 'Viewer');
    await admin.getByRole('button', { name: 'Add role' }).click();
    await expect.poll(() => admin.getByTestId('user-roles').textContent(), { timeout: 10_000 }).toContain('Viewer');
  });

  it('the user signs in with the one-time password and is asked to choose their own', async () => {
    await signIn(user, accord.url, EMAIL, oneTimePassword);
    await user.getByTestId('password-banner').waitFor();
    await user.getByTestId('password-banner').getByRole('link', { name: 'Change your password' }).click();
    await settled(user, /\/account#change-password$/);
    await user.locator('#f-currentPassword').fill(oneTimePassword);
    await user.locator('#f-newPassword').fill('short');
    await user.locator('#f-confirmPassword').fill('short');
    await user.getByRole('button', { name: 'Change password' }).click();
    expect(await user.locator('#f-newPassword-error').textContent()).toContain('at least 10 characters');

    await user.locator('#f-newPassword').fill(OWN_PASSWORD);
    await user.locator('#f-confirmPassword').fill(OWN_PASSWORD);
    await user.getByRole('button', { name: 'Change password' }).click();
    await user.getByTestId('password-banner').waitFor({ state: 'detached' });
    expect(await user.locator('#f-currentPassword').inputValue()).toBe('');
  });

  it('finds the user by search, then resets the password, which signs the user out', async () => {
    await admin.goto(`${accord.url}/users?q=bello`);
    await settled(admin);
    expect(await admin.getByTestId('users').locator('tbody tr').count()).toBe(1);
    await admin.getByRole('link', { name: NAME }).click();
    await settled(admin, /\/users\/[0-9a-f-]{36}$/);

    await admin.getByRole('button', { name: 'Reset password' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Reset password' }).click();
    await admin.getByTestId('one-time-secret').waitFor();
    resetPassword = await secretOn(admin);
    expect(resetPassword).not.toBe(oneTimePassword);
    await admin.getByRole('button', { name: 'I have saved it' }).click();
    await admin.getByTestId('one-time-secret').waitFor({ state: 'detached' });

    await user.getByRole('link', { name: 'Portfolio' }).click();
    await user.waitForURL(/\/sign-in\?redirect=.*&expired=1$/);
    await user.getByText('Your session has ended.').waitFor();
  });

  it('deactivates the user, who can no longer sign in, and reactivates it', async () => {
    await admin.getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Deactivate' }).click();
    await admin.getByRole('button', { name: 'Reactivate' }).waitFor();
    expect(await admin.locator('main').textContent()).toContain('is deactivated');

    await user.goto(`${accord.url}/sign-in`);
    await user.locator('#f-email').fill(EMAIL);
    // The password from the reset is right, but a deactivated account is refused.
    await user.locator('#f-password').fill(resetPassword);
    await user.getByRole('button', { name: 'Sign in', exact: true }).click();
    await user.getByRole('alert').filter({ hasText: 'the account is deactivated' }).waitFor();

    await admin.getByRole('button', { name: 'Reactivate' }).click();
    await admin.getByRole('button', { name: 'Deactivate' }).waitFor();
  });

  it('takes the role away', async () => {
    await admin.getByRole('button', { name: 'Remove role Viewer: Whole portfolio' }).click();
    await admin.getByRole('alertdialog').getByRole('button', { name: 'Remove' }).click();
    await admin.getByText(`No role yet: ${NAME} can sign in but sees nothing.`).waitFor();
  });
});
