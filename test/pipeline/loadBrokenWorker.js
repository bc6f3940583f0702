// A stand-in extraction worker that cannot start (as when its modules fail to load).
throw new Error('module failed to load');
