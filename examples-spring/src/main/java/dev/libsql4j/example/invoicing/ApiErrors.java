package dev.libsql4j.example.invoicing;

import dev.libsql4j.example.invoicing.billing.InvoiceAlreadyPaidException;
import dev.libsql4j.example.invoicing.billing.NotFoundException;
import dev.libsql4j.example.invoicing.organisations.OrganisationNotFoundException;
import dev.libsql4j.example.invoicing.organisations.SlugTakenException;
import org.springframework.dao.DataIntegrityViolationException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem details, each with a sentence that says what went wrong. Spring
 * MVC's own errors (missing header, unreadable body) keep Spring's problem details.
 */
@RestControllerAdvice
class ApiErrors extends ResponseEntityExceptionHandler {

  /** Which fields broke which rule, e.g. {@code lines must not be empty}. */
  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    e.getBody().setDetail(e.getFieldErrors().stream()
        .map(error -> error.getField() + " " + error.getDefaultMessage())
        .sorted()
        .collect(Collectors.joining("; ")));
    return super.handleMethodArgumentNotValid(e, headers, status, request);
  }

  @ExceptionHandler({OrganisationNotFoundException.class, NotFoundException.class})
  ProblemDetail notFound(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler({SlugTakenException.class, InvoiceAlreadyPaidException.class})
  ProblemDetail conflict(RuntimeException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /** A constraint of the schema refused the write, e.g. a second customer with the same email. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail constraint(DataIntegrityViolationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "The database refused the change: " + e.getMostSpecificCause().getMessage());
  }

  /** A tenant name that breaks the naming rule (slug or header). */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badName(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
