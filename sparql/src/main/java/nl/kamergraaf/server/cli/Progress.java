package nl.kamergraaf.server.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal (stderr) for long steps. When stderr is not a terminal (CI, a pipe) it stays silent
 * and the log lines tell the progress instead.
 */
final class Progress implements AutoCloseable {
    private final String task;
    private ProgressBar bar;

    private Progress(String task) {
        this.task = task;
    }

    static Progress start(String task) {
        return new Progress(task);
    }

    void update(long done, long total) {
        if (System.console() == null) return;
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        }
        bar.maxHint(total);
        bar.stepTo(done);
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}
