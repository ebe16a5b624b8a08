package id.lapor.training;

/** The training control was reached outside demo mode (answered with 404, as if it did not exist). */
public class TrainingUnavailableException extends RuntimeException {

    public TrainingUnavailableException() {
        super("Mode pelatihan hanya tersedia dalam mode demo / training mode is only available in demo mode");
    }
}
