import type { CycleApi } from '../contract/cycle';
import type { SidebarApi } from '../contract/sidebar';

/**
 * The only way the sidebar talks to the server: google.script.run, wrapped in a promise.
 * Each call is one round trip; the API is shaped so that loading and saving take one each.
 */

type Api = SidebarApi & CycleApi;

type Runner = {
  withSuccessHandler(onSuccess: (value: unknown) => void): Runner;
  withFailureHandler(onFailure: (error: unknown) => void): Runner;
} & Record<keyof Api, (...args: unknown[]) => void>;

// Injected by HtmlService into the sidebar's frame (and by the test harness's fake).
declare const google: { readonly script: { readonly run: Runner } };

export function callServer<K extends keyof Api>(
  name: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Api[K]>))
      .withFailureHandler((error) => reject(new Error(errorText(error))))
      [name](...args);
  });
}

/** The failure handler gets an Error from Apps Script, but be ready for a bare string. */
function errorText(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}
