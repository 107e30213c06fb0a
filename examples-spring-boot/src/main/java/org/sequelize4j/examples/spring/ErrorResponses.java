package org.sequelize4j.examples.spring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sequelize4j.errors.ForeignKeyConstraintError;
import org.sequelize4j.errors.QueryError;
import org.sequelize4j.errors.UniqueConstraintError;
import org.sequelize4j.errors.ValidationError;
import org.sequelize4j.errors.ValidationErrorItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Sequelize's typed errors as HTTP answers: a ValidationError (UniqueConstraintError is one) becomes
 * 400 (409 for a duplicate) with its items (path, message, validator, value), so a client can show
 * each next to its field; a foreign key to nothing and a bad include are the client's mistakes too.
 */
@RestControllerAdvice
class ErrorResponses {

    @ExceptionHandler(ValidationError.class)
    ResponseEntity<Map<String, Object>> invalid(ValidationError e) {
        HttpStatus status = e instanceof UniqueConstraintError ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        List<Map<String, Object>> items = e.errors().stream().map(ErrorResponses::item).toList();
        return ResponseEntity.status(status).body(body(e.getClass().getSimpleName(), e.getMessage(), items));
    }

    @ExceptionHandler(ForeignKeyConstraintError.class)
    ResponseEntity<Map<String, Object>> danglingReference(ForeignKeyConstraintError e) {
        return ResponseEntity.badRequest().body(body("ForeignKeyConstraintError",
                "a referenced row does not exist", List.of()));
    }

    @ExceptionHandler(QueryError.class)
    ResponseEntity<Map<String, Object>> badQuery(QueryError e) {
        return ResponseEntity.badRequest().body(body("QueryError", e.getMessage(), List.of()));
    }

    private static Map<String, Object> item(ValidationErrorItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", item.path());
        json.put("message", item.message());
        json.put("validatorKey", item.validatorKey());
        json.put("value", item.value());
        return json;
    }

    private static Map<String, Object> body(String name, String message, List<Map<String, Object>> errors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("message", message);
        json.put("errors", errors);
        return json;
    }
}
