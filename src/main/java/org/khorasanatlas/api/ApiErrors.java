package org.khorasanatlas.api;

import java.time.Duration;

import org.khorasanatlas.language.InterfaceTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Every failure of an API request answers JSON ({@link ErrorJson}): bad parameters 400, Spring MVC's own
 * refusals (unknown path, wrong method, ...) with their status, and anything unexpected 500 with no detail,
 * since an exception's text or trace can reveal the server's insides. The page has its own error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    private static final Duration RETRY_DOWNLOAD_AFTER = Duration.ofSeconds(10);

    private final InterfaceTexts texts;

    ApiErrors(InterfaceTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(BadParametersException.class)
    ResponseEntity<Object> badParameters(BadParametersException e) {
        return json(
                HttpStatus.BAD_REQUEST,
                new HttpHeaders(),
                ErrorJson.badParameters(e.problems(), texts.in(e.language().locale())));
    }

    /** All download slots are taken ({@link DownloadThreads}). */
    @ExceptionHandler(TaskRejectedException.class)
    ResponseEntity<Object> busy(TaskRejectedException e) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_DOWNLOAD_AFTER.toSeconds()));
        return json(
                HttpStatus.SERVICE_UNAVAILABLE,
                headers,
                ErrorJson.of("Service Unavailable", "too many downloads at once; try again shortly"));
    }

    /**
     * A client that goes away in the middle of a download is no error of the server's: logged at DEBUG, without a
     * trace, and nothing is answered (there is no one to answer).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            LOG.debug("Client went away: {}", e.toString());
            return null;
        }
        LOG.error("API request failed", e);
        return json(HttpStatus.INTERNAL_SERVER_ERROR, new HttpHeaders(), ErrorJson.of("Internal error", null));
    }

    /** Spring MVC's refusals, e.g. 404 and 405 (keeping headers such as Allow), in the API's error format. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String message =
                e instanceof ErrorResponse response ? response.getBody().getDetail() : null;
        String reason = status instanceof HttpStatus known ? known.getReasonPhrase() : "Error " + status.value();
        return json(status, headers, ErrorJson.of(reason, message));
    }

    private static ResponseEntity<Object> json(HttpStatusCode status, HttpHeaders headers, ErrorJson body) {
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }
}
