// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { SitePause } from '@/components/SitePause';

afterEach(cleanup);

describe('SitePause', () => {
  test('says Hangup does not run when there is no site', () => {
    render(<SitePause site={undefined} onToggle={() => {}} />);
    expect(screen.getByText('Hangup does not run on this page.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  test.each([
    [false, 'Active on mail.example.com:8443', 'Pause here', 'false', true],
    [true, 'Paused on mail.example.com:8443', 'Resume', 'true', false],
  ])('paused=%s shows "%s" and the button asks for the opposite', (paused, text, button, pressed, next) => {
    const toggles: boolean[] = [];
    const { container } = render(<SitePause site={{ origin: 'https://mail.example.com:8443', paused }} onToggle={(value) => toggles.push(value)} />);
    expect(container.querySelector('span')?.textContent).toBe(text);
    const control = screen.getByRole('button', { name: button });
    expect(control.getAttribute('aria-pressed')).toBe(pressed);
    fireEvent.click(control);
    expect(toggles).toEqual([next]);
  });
});
