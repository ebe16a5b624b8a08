package id.lapor.training;

import id.lapor.report.UserText;

/** The training control was reached outside demo mode (answered with 404, as if it did not exist). */
class TrainingUnavailableException extends RuntimeException {

    TrainingUnavailableException() {
        super(UserText.both("training.unavailable"));
    }
}
