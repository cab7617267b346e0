import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '@/app/update-prompt';

const sw = vi.hoisted(() => ({
  needRefresh: false,
  offlineReady: false,
  setNeedRefresh: vi.fn(),
  setOfflineReady: vi.fn(),
  updateServiceWorker: vi.fn(async () => {}),
}));

vi.mock('virtual:pwa-register/react', () => ({
  useRegisterSW: () => ({
    needRefresh: [sw.needRefresh, sw.setNeedRefresh],
    offlineReady: [sw.offlineReady, sw.setOfflineReady],
    updateServiceWorker: sw.updateServiceWorker,
  }),
}));

beforeEach(() => {
  sw.needRefresh = false;
  sw.offlineReady = false;
  vi.clearAllMocks();
});

describe('UpdatePrompt', () => {
  it('stays out of the way while there is nothing to say', () => {
    const { container } = render(<UpdatePrompt />);
    expect(container).toBeEmptyDOMElement();
  });

  it('offers to reload into a newly deployed version', async () => {
    sw.needRefresh = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Pathfinder is available.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(sw.updateServiceWorker).toHaveBeenCalledWith(true);
  });

  it('says when the app is ready offline, and can be dismissed', async () => {
    sw.offlineReady = true;
    render(<UpdatePrompt />);
    expect(screen.getByRole('status')).toHaveTextContent('ready to work offline');
    expect(screen.queryByRole('button', { name: 'Reload to update' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(sw.setNeedRefresh).toHaveBeenCalledWith(false);
    expect(sw.setOfflineReady).toHaveBeenCalledWith(false);
  });
});
