// TeaVM's output only defines main(); the bench page's Java publishes window.modeldeckBench when it runs.
main();
