/** What the shell calls on a notification; Electron's `Notification` fits, and so does the fake. */
export interface ShownNotification {
  on(event: 'click' | 'close', listener: () => void): unknown;
  show(): void;
}

export type MakeNotification = (options: { title: string; body: string }) => ShownNotification;

/** Shows a notification that does something when clicked. */
export type Notify = (notice: { title: string; body: string }, onClick: () => void) => void;

export function notifier(makeNotification: MakeNotification): Notify {
  // Electron holds a notification only weakly: one nothing refers to can be collected before
  // it is clicked, and the click is lost (electron#16922). Kept until clicked or closed.
  const shown = new Set<ShownNotification>();
  return (notice, onClick) => {
    const notification = makeNotification(notice);
    shown.add(notification);
    notification.on('click', () => {
      shown.delete(notification);
      onClick();
    });
    notification.on('close', () => shown.delete(notification));
    notification.show();
  };
}
