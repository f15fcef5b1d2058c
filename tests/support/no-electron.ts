// Outside the shell tests, importing 'electron' is a mistake: the real package tries to
// download Electron's binary. Only tests/shell/ maps it to the recorded fake.
throw new Error("'electron' was imported outside tests/shell — keep Electron out of shared/ and the renderer.");
