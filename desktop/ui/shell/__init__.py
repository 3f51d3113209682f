"""The shell around every role's screens: the main window with its pages and menus,
first-run set-up, unlock and lock (idle lock, passphrase and restore dialogs), and the
one-copy-per-profile guard."""
