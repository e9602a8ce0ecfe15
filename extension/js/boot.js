// MV3 forbids inline scripts: each page loads its TeaVM-compiled file, then this file starts it.
main();
