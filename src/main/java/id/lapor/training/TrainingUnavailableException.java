package id.lapor.training;

import id.lapor.platform.UserText;

/** The training control was reached outside demo mode (answered with 404, as if it did not exist). */
public class TrainingUnavailableException extends RuntimeException {

    public TrainingUnavailableException() {
        super(UserText.both("training.unavailable"));
    }
}
