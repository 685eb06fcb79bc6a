package io.purplemcp.ports.in.tools;

enum UnobservedCallContext implements CallContext {
    INSTANCE;

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public void onCancel(Runnable action) {}

    @Override
    public void progress(double progress, Double total, String message) {}

    @Override
    public void log(LogLevel level, String message) {}
}
